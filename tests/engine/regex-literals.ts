/** Finds the regular-expression literals of a TypeScript source, for the ReDoS check. */

/**
 * The regular-expression literals of a TypeScript source: a "/" starts one where an operand is
 * expected (after an operator, a bracket, a comma, a keyword such as `return`), outside strings,
 * template literals and comments.
 */
export function regexLiterals(source: string): Array<{ source: string; flags: string }> {
  const found: Array<{ source: string; flags: string }> = [];
  let i = 0;
  let last = ""; // the last significant character or keyword
  const n = source.length;
  while (i < n) {
    const c = source[i] as string;
    if (c === "/" && source[i + 1] === "/") {
      while (i < n && source[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      i++;
      while (i < n && source[i] !== c) i += source[i] === "\\" ? 2 : 1;
      i++;
      last = "a";
      continue;
    }
    if (c === "/") {
      const operandExpected =
        last === "" ||
        "(,=:[!&|?{};+-*%<>~^".includes(last) ||
        /^(return|typeof|case|in|of|void|yield|await)$/.test(last);
      if (operandExpected) {
        let j = i + 1;
        let inClass = false;
        while (j < n) {
          const d = source[j] as string;
          if (d === "\\") j += 2;
          else if (d === "[") {
            inClass = true;
            j++;
          } else if (d === "]") {
            inClass = false;
            j++;
          } else if (d === "/" && !inClass) break;
          else if (d === "\n") break;
          else j++;
        }
        if (source[j] === "/") {
          let k = j + 1;
          while (k < n && /[a-z]/.test(source[k] as string)) k++;
          found.push({ source: source.slice(i + 1, j), flags: source.slice(j + 1, k) });
          i = k;
          last = "a";
          continue;
        }
      }
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[A-Za-z_$0-9]/.test(c)) {
      let j = i;
      while (j < n && /[A-Za-z_$0-9]/.test(source[j] as string)) j++;
      last = source.slice(i, j);
      i = j;
      continue;
    }
    last = c;
    i++;
  }
  return found;
}
