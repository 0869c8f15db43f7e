"""The built-in mission and actor catalogues (add entries here; see :mod:`geo.catalog`)."""

from __future__ import annotations

from typing import Final

from geo.catalog_model import Catalogue, CatalogueEntry

__all__ = ["ACTORS", "MISSIONS"]


MISSIONS: Final = Catalogue(
    (
        CatalogueEntry(
            "Operation Inherent Resolve",
            (
                "OIR",
                "CJTF-OIR",
                "Combined Joint Task Force Operation Inherent Resolve",
                "Combined Joint Task Force – Operation Inherent Resolve",
                "Combined Joint Task Force - Operation Inherent Resolve",
                "Inherent Resolve",
                "international coalition against the Islamic State",
                "anti-ISIS coalition",
                "anti-IS coalition",
                "Global Coalition to Defeat ISIS",
            ),
            "US-led coalition against the Islamic State in Iraq and Syria, since 2014.",
            active="2014-06/..",
            areas=("iso:IQ", "iso:SY"),
        ),
        CatalogueEntry(
            "NATO Mission Iraq",
            ("NMI", "NATO mission in Iraq", "NATO mission", "NATO training mission in Iraq"),
            "NATO advisory and capacity-building mission in Iraq, since 2018.",
            active="2018-10/..",
            areas=("iso:IQ",),
        ),
        CatalogueEntry(
            "European Maritime Awareness in the Strait of Hormuz",
            (
                "EMASoH",
                "EMASOH",
                "Operation Agenor",
                "Agenor",
                "EMASoH / Operation Agenor",
                "European Maritime Awareness in the Strait of Hormuz mission",
                "European-led maritime mission in the Strait of Hormuz",
            ),
            "French-led European maritime surveillance mission in the Strait of Hormuz, since 2020.",
            active="2019-11/..",
            areas=("geo:strait-of-hormuz", "geo:persian-gulf", "geo:gulf-of-oman"),
        ),
        CatalogueEntry(
            "Resolute Support Mission",
            ("RSM", "Resolute Support"),
            "NATO mission in Afghanistan, 2015-2021.",
            active="2015/2021",
        ),
        CatalogueEntry(
            "UNIFIL",
            ("United Nations Interim Force in Lebanon",),
            "UN peacekeeping force in Lebanon.",
            active="1978/..",
            areas=("iso:LB",),
        ),
        CatalogueEntry(
            "MINUSMA",
            ("United Nations Multidimensional Integrated Stabilization Mission in Mali",),
            "UN mission in Mali, 2013-2023.",
            active="2013/2023",
            areas=("iso:ML",),
        ),
        CatalogueEntry(
            "Operation Iraqi Freedom",
            ("OIF", "Iraq War"),
            "US-led invasion and occupation of Iraq, 2003-2010.",
            active="2003/2011",
        ),
        CatalogueEntry(
            "Operation Prosperity Guardian",
            ("OPG",),
            "US-led maritime security operation in the Red Sea, since 2023.",
            active="2023-12/..",
            areas=("geo:red-sea", "geo:bab-el-mandeb", "geo:gulf-of-aden"),
        ),
        CatalogueEntry(
            "EUNAVFOR Aspides",
            ("Operation Aspides", "Aspides"),
            "EU naval operation protecting shipping in the Red Sea, since 2024.",
            active="2024-02/..",
        ),
        CatalogueEntry(
            "EUNAVFOR Atalanta",
            ("Operation Atalanta", "Atalanta"),
            "EU counter-piracy operation off Somalia, since 2008.",
            active="2008-12/..",
        ),
        CatalogueEntry(
            "ISAF",
            ("International Security Assistance Force",),
            "NATO-led security mission in Afghanistan, 2001-2014.",
            active="2001-12/2014-12",
        ),
        CatalogueEntry(
            "Operation Enduring Freedom",
            ("OEF",),
            "US-led operations in Afghanistan and elsewhere, 2001-2014.",
            active="2001-10/2014-12",
        ),
        CatalogueEntry(
            "KFOR",
            ("Kosovo Force",),
            "NATO-led peace support force in Kosovo, since 1999.",
            active="1999-06/..",
            areas=("iso:XK",),
        ),
        CatalogueEntry(
            "Operation Barkhane",
            ("Barkhane",),
            "French-led counter-insurgency operation in the Sahel, 2014-2022.",
            active="2014-08/2022-11",
        ),
        CatalogueEntry(
            "EUTM Mali",
            ("European Union Training Mission in Mali",),
            "EU military training mission in Mali, 2013-2024.",
            active="2013-02/2024-05",
        ),
    )
)


ACTORS: Final = Catalogue(
    (
        CatalogueEntry(
            "Islamic State",
            (
                "ISIS",
                "ISIL",
                "IS",
                "Daesh",
                "Da'esh",
                "Islamic State of Iraq and Syria",
                "Islamic State of Iraq and the Levant",
                "Islamic State group",
            ),
            "Jihadist armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Kataib Hezbollah",
            ("Kata'ib Hizballah", "Kataib Hizbollah", "Kataeb Hezbollah", "Kata'ib Hezbollah", "KH"),
            "Iran-aligned Iraqi Shia militia.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Pro-Iranian militias",
            (
                "Iran-backed militias",
                "pro-Iranian militia",
                "Iran-backed militia",
                "Iran-aligned militias",
                "pro-Iran militias",
            ),
            "Iran-aligned armed groups in Iraq, unnamed.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Popular Mobilization Forces",
            ("PMF", "Hashd al-Shaabi", "PMU", "Popular Mobilisation Forces", "Popular Mobilization Units"),
            "Iraqi state-sanctioned militias.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Peshmerga",
            ("Kurdish Peshmerga",),
            "Armed forces of the Kurdistan Region of Iraq.",
            kind="state_force",
        ),
        CatalogueEntry(
            "CJTF-OIR",
            ("Combined Joint Task Force",),
            "Command of Operation Inherent Resolve.",
            kind="state_force",
        ),
        CatalogueEntry(
            "US Marine Corps",
            ("USMC", "U.S. Marine Corps", "US Marines", "U.S. Marines"),
            "United States Marine Corps.",
            kind="state_force",
        ),
        CatalogueEntry(
            "Council of Representatives of Iraq",
            ("Iraqi parliament",),
            "Iraq's parliament.",
            kind="government",
        ),
        CatalogueEntry(
            "Kurdistan Regional Government",
            ("KRG", "Kurdistan government"),
            "Government of the Kurdistan Region of Iraq.",
            kind="government",
        ),
        CatalogueEntry(
            "Al-Qaeda",
            ("al Qaeda", "Al Qaida", "al-Qaida", "al-Qa'ida"),
            "Jihadist armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Hezbollah",
            ("Hizballah", "Hizbollah", "Hizbullah"),
            "Lebanese Shia party and armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Ansar Allah",
            ("Houthis", "Houthi", "Houthi movement", "Houthi rebels", "Huthis"),
            "Yemeni Zaydi armed movement.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Al-Shabaab",
            ("al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"),
            "Somali jihadist armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Hamas",
            ("Izz ad-Din al-Qassam Brigades", "Qassam Brigades"),
            "Palestinian Islamist party and armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Palestinian Islamic Jihad",
            ("PIJ", "Islamic Jihad"),
            "Palestinian armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Kurdistan Workers' Party",
            ("PKK", "Kurdistan Workers Party"),
            "Kurdish armed group in Turkey and Iraq.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "People's Defense Units",
            ("YPG", "People's Protection Units"),
            "Syrian Kurdish militia.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Syrian Democratic Forces",
            ("SDF",),
            "Kurdish-led alliance in north-east Syria.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Asa'ib Ahl al-Haq",
            ("Asaib Ahl al-Haq", "AAH", "League of the Righteous"),
            "Iran-aligned Iraqi Shia militia.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Harakat Hezbollah al-Nujaba",
            ("Nujaba", "al-Nujaba"),
            "Iran-aligned Iraqi Shia militia.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Islamic Resistance in Iraq",
            (),
            "Umbrella of Iran-aligned Iraqi militias claiming attacks since 2023.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Hay'at Tahrir al-Sham",
            ("HTS", "Hayat Tahrir al-Sham"),
            "Syrian Islamist armed group.",
            kind="armed_group",
        ),
        CatalogueEntry("Taliban", ("the Taliban",), "Afghan Islamist movement.", kind="armed_group"),
        CatalogueEntry("Boko Haram", ("JAS",), "Nigerian jihadist armed group.", kind="armed_group"),
        CatalogueEntry(
            "Wagner Group", ("Wagner", "PMC Wagner"), "Russian private military company.", kind="armed_group"
        ),
        CatalogueEntry(
            "Islamic Revolutionary Guard Corps",
            ("IRGC", "Revolutionary Guards", "Revolutionary Guard", "Quds Force", "IRGC-QF"),
            "Iran's ideological armed forces, including the Quds Force.",
            kind="state_force",
        ),
        CatalogueEntry(
            "NATO", ("North Atlantic Treaty Organization",), "Military alliance.", kind="organisation"
        ),
        CatalogueEntry(
            "United Nations", ("UN", "U.N."), "Intergovernmental organisation.", kind="organisation"
        ),
        CatalogueEntry("European Union", ("EU",), "Union of European states.", kind="organisation"),
    )
)
