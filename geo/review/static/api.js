// The server's JSON API; URLs are relative to the page, whose path carries the run's token.

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = { error: `${response.status} ${response.statusText}` };
  }
  if (!response.ok && body && !body.error) {
    body.error = `${response.status} ${response.statusText}`;
  }
  return body;
}

export async function getJSON(path, params = {}) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(query ? `${path}?${query}` : path, { credentials: "same-origin" });
  return answer(response);
}

export async function postJSON(path, data) {
  const response = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(data),
  });
  return answer(response);
}
