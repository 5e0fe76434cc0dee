// The UI string catalogue: web/i18n/<lang>.json, chosen at build time (web/build.mjs) and
// shared with the site builder's templates.
import catalogue from "trainer-strings";

// The catalogue's plural forms of a key: "key.one", "key.few", "key.many" (English uses
// "one" and "many"); plural("solution.locked", 5) -> "solution.locked.many".
const PLURAL = new Intl.PluralRules(catalogue.lang ?? "ru");
export function plural(key, n) {
  const form = PLURAL.select(n); // "one" | "few" | "many" | "other"
  const name = `${key}.${form === "other" ? "many" : form}`;
  return name in catalogue ? name : `${key}.many`;
}

// t("verdict.test", {n: 3}) -> "Тест 3"; with a number `n` a key with plural forms picks one
export function t(key, params = {}) {
  if (typeof params.n === "number" && `${key}.many` in catalogue) key = plural(key, params.n);
  const text = catalogue[key];
  if (text === undefined) {
    console.warn(`missing UI string: ${key}`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? "")); // never a raw {name}
}
