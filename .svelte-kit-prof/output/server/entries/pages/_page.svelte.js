import "../../chunks/root.js";
import { _ } from "../../chunks/_page.js";
import "../../chunks/vocabulary.js";
import "../../chunks/colors.js";
export {
  _ as default
};
