"""geo review without a browser: the server's token, host and origin checks over real HTTP, the
decisions file, and geo review apply (changed events wait for a look, stale decisions are counted)."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from geo import settings
from geo.cli import cli
from geo.errors import InputError
from geo.gazetteer import Gazetteer
from geo.gazetteer.build import fingerprint as gazetteer_fingerprint
from geo.gazetteer.index import forget_default_gazetteer
from geo.gazetteer.layers import list_layers
from geo.gazetteer.resources import data_dir
from geo.model.coerce import as_collection
from geo.model.feature import event_id
from geo.readers import read_articles
from geo.review.apply import apply_decisions
from geo.review.decisions import dumps_decisions, fingerprint, load_decisions, parse_decisions
from geo.review.places import point_place
from geo.review.server import ReviewServer
from geo.review.session import ReviewSession
from tests.review_data import extract, run, write_articles


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("review")
    paths = write_articles(folder / "articles")
    return {"folder": folder, "paths": paths, "events": extract(paths, folder / "events.geojson")}


@pytest.fixture
def server(extracted: dict[str, Any], tmp_path: Path) -> Iterator[ReviewServer]:
    session = ReviewSession(
        as_collection(extracted["events"]),
        read_articles(extracted["paths"]),
        tmp_path / "reviewed.geojson",
        tmp_path / "review.yaml",
    )
    running = ReviewServer(session).start()
    yield running
    running.stop()


def _request(
    server: ReviewServer,
    path: str,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    body: Any = None,
) -> tuple[int, bytes, http.client.HTTPResponse]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    data = None if body is None else json.dumps(body).encode()
    connection.request(
        method, path, body=data, headers={"Content-Type": "application/json", **(headers or {})}
    )
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response.status, content, response


def _origin(server: ReviewServer) -> dict[str, str]:
    return {"Origin": f"http://127.0.0.1:{server.port}"}


def test_token_is_required_everywhere(server: ReviewServer) -> None:
    token = server.token
    assert len(token) >= 32
    for path in [
        "/",
        "/static/main.js",
        "/api/state",
        "/leaflet/leaflet.js",
        "/x/",
        f"/{token[:-1]}/api/state",
    ]:
        assert _request(server, path)[0] == 403, path
    status, body, response = _request(server, f"/{token}/")
    assert status == 200
    assert b'<script type="module" src="static/main.js">' in body
    assert "default-src 'none'" in response.getheader("Content-Security-Policy", "")
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert _request(server, f"/{token}/static/main.js")[0] == 200
    state = json.loads(_request(server, f"/{token}/api/state")[1])
    assert [a["id"] for a in state["articles"]] == ["alpha", "beta"]


def test_leaflet_is_served_from_the_package_with_no_npm_cache(server: ReviewServer) -> None:
    from geo.maps.assets import leaflet_version

    status, body, response = _request(server, f"/{server.token}/leaflet/leaflet.js")
    assert status == 200
    assert f"Leaflet {leaflet_version()}, a JS library".encode() in body
    assert response.getheader("Content-Type", "").startswith("text/javascript")
    status, css, _ = _request(server, f"/{server.token}/leaflet/leaflet.css")
    assert status == 200
    assert b"url(images/" not in css  # the images the CSP allows: data: URIs
    assert b'url("data:image/png;base64,' in css
    state = json.loads(_request(server, f"/{server.token}/api/state")[1])
    assert state["map"] == {"leaflet": True, "leaflet_version": leaflet_version()}


def test_other_host_or_origin_is_refused(server: ReviewServer) -> None:
    token = server.token
    api = f"/{token}/api/state"
    assert _request(server, api, headers={"Host": f"localhost:{server.port}"})[0] == 200
    assert _request(server, api, headers={"Host": "evil.example"})[0] == 403
    assert _request(server, api, headers={"Host": f"evil.example:{server.port}"})[0] == 403
    assert _request(server, api, headers={"Origin": "http://evil.example"})[0] == 403
    assert _request(server, api, headers={"Origin": "null"})[0] == 403
    save = f"/{token}/api/save"
    assert _request(server, save, method="POST", body={"articles": []})[0] == 403  # no Origin
    assert _request(server, save, method="POST", headers={"Origin": "http://evil.example"}, body={})[0] == 403
    status, body, _ = _request(server, save, method="POST", headers=_origin(server), body={"articles": 1})
    assert status == 400
    assert json.loads(body)["error"] == "the page sent no list of articles"


def test_no_path_outside_the_package_files(server: ReviewServer) -> None:
    token = server.token
    for path in [
        "static/../server.py",
        "static/..%2fserver.py",
        "static/%2e%2e/session.py",
        "static/review.py",
        "leaflet/..%2f..%2fpackage.json",
        "leaflet/leaflet-src.js",
        "static/",
        "../pyproject.toml",
    ]:
        status, body, _ = _request(server, f"/{token}/{path}")
        assert status in (403, 404), (path, status)
        assert b"import" not in body


def test_save_checks_before_writing(server: ReviewServer, tmp_path: Path) -> None:
    token = server.token
    state = json.loads(_request(server, f"/{token}/api/state")[1])
    event = state["articles"][0]["events"][0]
    decision = {
        "action": "edit",
        "mentions": event["mentions"],
        "was": {"id": event["id"], "fingerprint": event["fingerprint"]},
        "set": {"date": "2023-02-30"},
    }
    payload = {"articles": [{"sha256": state["articles"][0]["sha256"], "decisions": [decision]}]}
    status, body, _ = _request(
        server, f"/{token}/api/save", method="POST", headers=_origin(server), body=payload
    )
    assert status == 400
    assert "2023-02-30" in json.loads(body)["error"]
    assert not (tmp_path / "reviewed.geojson").exists()
    assert not (tmp_path / "review.yaml").exists()
    decision["set"] = {"date": "2023-07"}
    status, body, _ = _request(
        server, f"/{token}/api/save", method="POST", headers=_origin(server), body=payload
    )
    assert status == 200, body
    run("validate", str(tmp_path / "reviewed.geojson"))
    edited = json.loads((tmp_path / "reviewed.geojson").read_text())["features"][0]["properties"]
    new_id = event_id(article_id="alpha", place_id="iso:NL", event_type="mention", date="2023-07")
    assert (edited["date"], edited["confidence"], edited["id"]) == ("2023-07", 1.0, new_id)
    assert new_id != event["id"]


def _decisions(extracted: dict[str, Any]) -> dict[str, Any]:
    collection = as_collection(extracted["events"])
    first, second = collection.features[0], collection.features[1]

    def was(f: Any) -> dict[str, str]:
        return {"id": f.id, "fingerprint": fingerprint(f)}

    def spans(f: Any) -> list[list[int]]:
        return [[m.start, m.end] for m in f.properties.mentions]

    article = read_articles(extracted["paths"][:1])[0]
    return {
        "geo_review": 1,
        "articles": [
            {
                "sha256": article.sha256,
                "id": article.id,
                "length": len(article.text),
                "source": {k: v for k, v in article.source().items() if k not in ("article_id", "sha256")},
                "decisions": [
                    {"action": "reject", "mentions": spans(first), "was": was(first)},
                    {"action": "accept", "mentions": spans(second), "was": was(second)},
                ],
            }
        ],
    }


def test_apply_keeps_changed_events_for_a_look(extracted: dict[str, Any], tmp_path: Path) -> None:
    raw = _decisions(extracted)
    applied = apply_decisions(as_collection(extracted["events"]), parse_decisions(raw, name="test"))
    assert applied.decided == 2
    assert len(applied.pending) == 5
    assert applied.stale == []
    # the extractor changes the second event: its decision no longer applies
    data = json.loads(extracted["events"].read_text())
    data["features"][1]["properties"]["confidence"] = 0.5
    changed = as_collection(data)
    again = apply_decisions(changed, parse_decisions(raw, name="test"))
    assert again.decided == 1
    assert len(again.pending) == 6
    assert again.stale == [("alpha", [(45, 50)])]
    assert changed.features[1] in again.collection.features


def test_decisions_yaml_round_trip_and_unquoted_dates(extracted: dict[str, Any], tmp_path: Path) -> None:
    raw = _decisions(extracted)
    raw["articles"][0]["decisions"][1] = {**raw["articles"][0]["decisions"][1], "action": "edit", "set": {}}
    text = dumps_decisions(parse_decisions(raw, name="test"))
    assert dumps_decisions(parse_decisions(yaml.safe_load(text), name="again")) == text
    unquoted = text.replace("set: {}", "set: {date: 2023-07-01, troops: 3}")
    path = tmp_path / "d.yaml"
    path.write_text(unquoted, encoding="utf-8")
    loaded = load_decisions(path)
    assert loaded.articles[0].decisions[1].set is not None
    assert loaded.articles[0].decisions[1].set.date == "2023-07-01"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"geo_review": 2}, "geo_review"),
        ({"articles": [{"sha256": "x"}]}, "articles.0.sha256"),
    ],
)
def test_bad_decisions_file_is_one_line(
    extracted: dict[str, Any], change: dict[str, Any], message: str
) -> None:
    raw = {**_decisions(extracted), **change}
    with pytest.raises(InputError, match=message) as info:
        parse_decisions(raw, name="'d.yaml'")
    assert "\n" not in str(info.value)


def test_cli_apply_refuses_a_bad_file_and_writes_nothing(extracted: dict[str, Any], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("geo_review: 1\narticles: [{decisions: [{action: add}]}]\n", encoding="utf-8")
    out = tmp_path / "out.geojson"
    result = CliRunner().invoke(cli, ["review", "apply", str(bad), str(extracted["events"]), "-o", str(out)])
    assert result.exit_code == 1
    assert "not a review decisions file" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_cli_serves_the_page(extracted: dict[str, Any], tmp_path: Path) -> None:
    """``geo review … --no-browser`` starts the real server and prints the address with its token."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    command = [sys.executable, "-m", "geo", "review", str(extracted["events"]), "--articles"]
    command += [*map(str, extracted["paths"]), "-o", str(tmp_path / "r.geojson"), "--no-browser"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("review page: http://127.0.0.1:"), line
        url = line.split(": ", 1)[1].strip()
        port = int(url.split(":")[2].split("/")[0])
        path = "/" + url.split("/", 3)[3]
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", path + "api/state")
        assert connection.getresponse().status == 200
        connection.close()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/api/state")
        assert connection.getresponse().status == 403
        connection.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_port_in_use_is_a_one_line_error(
    server: ReviewServer, extracted: dict[str, Any], tmp_path: Path
) -> None:
    code = CliRunner().invoke(
        cli,
        [
            "review",
            str(extracted["events"]),
            "--articles",
            *map(str, extracted["paths"]),
            "--port",
            str(server.port),
            "--no-browser",
            "-o",
            str(tmp_path / "o.geojson"),
        ],
    )
    assert code.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{server.port}" in code.output


def test_a_save_adds_named_dropped_points_to_a_gazetteer_layer(
    extracted: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--add-places: the named point dropped on the map becomes a user place; an unnamed one does not."""
    name = f"gazetteer-{gazetteer_fingerprint(data_dir('gazetteer'))}.sqlite"
    packaged = Path(settings.cache_dir) / name
    if not packaged.exists():
        Gazetteer.open().close()
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / name).symlink_to(packaged)  # merged copies stay in tmp_path
    monkeypatch.setattr(settings, "cache_dir", tmp_path / "cache")
    monkeypatch.setattr(settings, "data_dir", tmp_path / "data")
    forget_default_gazetteer()
    collection = as_collection(extracted["events"])
    session = ReviewSession(
        collection,
        read_articles(extracted["paths"]),
        tmp_path / "reviewed.geojson",
        tmp_path / "review.yaml",
        places_layer="review",
    )
    state = session.state()
    first, second = state["articles"][0]["events"][:2]

    def edit(event: dict[str, Any], place: dict[str, Any]) -> dict[str, Any]:
        was = {"id": event["id"], "fingerprint": event["fingerprint"]}
        return {"action": "edit", "mentions": event["mentions"], "was": was, "set": {"place": place}}

    named = point_place(44.3012, 35.4467, precision=1, name="Checkpoint Nine", country="IQ")
    unnamed = point_place(44.5, 35.5, precision=1, country="IQ")
    sha = state["articles"][0]["sha256"]
    session.save({"articles": [{"sha256": sha, "decisions": [edit(first, named), edit(second, unnamed)]}]})
    (layer,) = list_layers()
    assert (layer.name, layer.places) == ("review", 1)
    with Gazetteer.open() as gazetteer:
        (found,) = gazetteer.lookup("Checkpoint Nine", fuzzy=False)
        assert (round(found.lon, 4), round(found.lat, 4), found.country) == (44.3012, 35.4467, "IQ")
    forget_default_gazetteer()
