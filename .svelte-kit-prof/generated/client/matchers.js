import { match as basemap } from "../../../src/params/basemap.ts";
import { match as review } from "../../../src/params/review.ts";

export const matchers = { basemap, review };