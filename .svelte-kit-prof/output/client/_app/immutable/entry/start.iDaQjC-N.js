import { s } from "../chunks/D9HibPht.js";
import { y } from "../chunks/XaT8lrll.js";
export {
  y as load_css,
  s as start
};
