import { error } from "@sveltejs/kit";
import { d as dev } from "../../../chunks/false.js";
import { l as loadReview } from "../../../chunks/store.js";
const prerender = !dev;
const load = () => {
  error(404, "The review page exists only in npm run dev.");
  return loadReview();
};
export {
  load,
  prerender
};
