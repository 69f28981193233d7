const MS_PER_DAY = 864e5;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;
function isoToDay(iso) {
  const m = DAY_RE.exec(iso);
  if (!m) throw new Error(`not a date of the form YYYY-MM-DD: ${JSON.stringify(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`no such day: ${JSON.stringify(iso)}`);
  }
  return ms / MS_PER_DAY;
}
function dayToIso(day) {
  if (!Number.isInteger(day)) throw new Error(`not a whole day number: ${day}`);
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
function weekday(day) {
  return ((day + 4) % 7 + 7) % 7;
}
function monthWindow(y, mo) {
  if (mo < 1 || mo > 12) throw new Error(`no such month: ${y}-${String(mo).padStart(2, "0")}`);
  return {
    earliest: Date.UTC(y, mo - 1, 1) / MS_PER_DAY,
    latest: Date.UTC(y, mo, 1) / MS_PER_DAY - 1
  };
}
function singleWindow(text) {
  if (DAY_RE.test(text)) {
    const d = isoToDay(text);
    return { earliest: d, latest: d };
  }
  const mm = MONTH_RE.exec(text);
  if (mm) return monthWindow(Number(mm[1]), Number(mm[2]));
  const ym = YEAR_RE.exec(text);
  if (ym) {
    const y = Number(ym[1]);
    return {
      earliest: Date.UTC(y, 0, 1) / MS_PER_DAY,
      latest: Date.UTC(y + 1, 0, 1) / MS_PER_DAY - 1
    };
  }
  throw new Error(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(text)}`);
}
function parseWindow(text) {
  const slash = text.indexOf("/");
  if (slash < 0) return singleWindow(text);
  const left = text.slice(0, slash);
  const right = text.slice(slash + 1);
  const hi = singleWindow(right);
  if (left === "..") return { earliest: -Infinity, latest: hi.latest };
  const lo = singleWindow(left);
  if (lo.earliest > hi.latest) {
    throw new Error(`interval ends before it starts: ${JSON.stringify(text)}`);
  }
  return { earliest: lo.earliest, latest: hi.latest };
}
function formatWindow(w) {
  const hi = dayToIso(w.latest);
  if (w.earliest === -Infinity) return `../${hi}`;
  if (w.earliest === w.latest) return hi;
  const lo = dayToIso(w.earliest);
  const m = monthWindow(Number(lo.slice(0, 4)), Number(lo.slice(5, 7)));
  if (m.earliest === w.earliest && m.latest === w.latest) return lo.slice(0, 7);
  if (lo.endsWith("-01-01") && hi.endsWith("-12-31") && lo.slice(0, 4) === hi.slice(0, 4)) {
    return lo.slice(0, 4);
  }
  return `${lo}/${hi}`;
}
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function formatDayLong(day) {
  const iso = dayToIso(day);
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
function describeWindow(w) {
  if (w.earliest === -Infinity) return `on or before ${formatDayLong(w.latest)}`;
  if (w.earliest === w.latest) return formatDayLong(w.latest);
  const form = formatWindow(w);
  if (/^\d{4}-\d{2}$/.test(form))
    return `${MONTHS[Number(form.slice(5, 7)) - 1]} ${form.slice(0, 4)}`;
  if (/^\d{4}$/.test(form)) return form;
  const a = formatDayLong(w.earliest).split(" ");
  const b = formatDayLong(w.latest).split(" ");
  if (a[1] === b[1] && a[2] === b[2]) return `${a[0]}–${b[0]} ${b[1]} ${b[2]}`;
  if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b[0]} ${b[1]} ${b[2]}`;
  return `${a.join(" ")} – ${b.join(" ")}`;
}
const CONTROLLERS = [
  "syrian-government",
  "isis",
  "iraqi-government",
  "sdf",
  "contested"
];
const CONTROL_VALUES = Object.freeze([
  "syrian-government",
  "sdf",
  "isis",
  "iraqi-government",
  "contested",
  "unknown"
]);
const VIEW_MODES = ["now", "reported", "compare"];
const REGION = Object.freeze({ west: 35, south: 32, east: 45, north: 38.5 });
export {
  CONTROL_VALUES as C,
  REGION as R,
  VIEW_MODES as V,
  dayToIso as a,
  CONTROLLERS as b,
  describeWindow as d,
  formatDayLong as f,
  isoToDay as i,
  parseWindow as p,
  weekday as w
};
