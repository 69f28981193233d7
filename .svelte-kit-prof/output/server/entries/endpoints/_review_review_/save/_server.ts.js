import { error, json } from "@sveltejs/kit";
import { d as dev } from "../../../../chunks/false.js";
import { s as saveReview } from "../../../../chunks/store.js";
const prerender = !dev;
const fallback = async ({ request }) => {
  error(404, "Saving reviews exists only in npm run dev.");
  if (request.method !== "POST") {
    return json({ ok: false, message: "use POST" }, { status: 405, headers: { allow: "POST" } });
  }
  let body;
  try {
    body = await request.json();
  } catch {
    return json({ ok: false, message: "invalid request: the body is not JSON" }, { status: 400 });
  }
  const result = saveReview(body);
  return json(result, { status: result.ok ? 200 : result.status });
};
export {
  fallback,
  prerender
};
