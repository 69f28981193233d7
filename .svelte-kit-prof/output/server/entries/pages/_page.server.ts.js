import { l as loadAppData } from "../../chunks/load-data.js";
const load = () => loadAppData();
export {
  load
};
