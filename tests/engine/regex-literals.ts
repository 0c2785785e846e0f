/**
 * Finds every regular expression a TypeScript source can build, for the ReDoS check, with a real
 * parser (Babel's), so that none hides where a hand-written scanner would not look (inside a
 * template literal's `${...}`):
 * - regular-expression literals;
 * - `new RegExp(...)` and `RegExp(...)`, whose pattern and flags are worked out from string
 *   literals, template literals, `+` and `const` names bound to those in the same file;
 * - `.match(...)`, `.matchAll(...)` and `.search(...)` given a string, which JavaScript turns into
 *   a regular expression (given a parameter or a call's result, which could be a string, they
 *   are unresolved).
 * A construction whose pattern cannot be worked out this way is returned as unresolved: the test
 * fails on it, because an expression it cannot see is one it cannot check.
 */
import { parse } from "@babel/parser";

export interface FoundRegex {
  source: string;
  flags: string;
  line: number;
  how: "literal" | "RegExp" | "string method";
}

export interface Unresolved {
  line: number;
  code: string;
}

interface AstNode {
  type: string;
  start?: number | null;
  end?: number | null;
  loc?: { start: { line: number } } | null;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === "object" && value !== null && typeof (value as AstNode).type === "string";

function children(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key === "extra" || key.endsWith("Comments")) continue;
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

function walk(node: AstNode, visit: (n: AstNode) => void): void {
  visit(node);
  for (const child of children(node)) walk(child, visit);
}

const STRING_METHODS: Record<string, string> = { match: "", matchAll: "g", search: "" };

export function findRegexes(code: string): { found: FoundRegex[]; unresolved: Unresolved[] } {
  const ast = parse(code, { sourceType: "module", plugins: ["typescript", "jsx"] }).program as unknown as AstNode;
  // `const NAME = <init>` anywhere in the file: what a RegExp built from NAME can be.
  const constants = new Map<string, AstNode>();
  walk(ast, (n) => {
    if (n.type !== "VariableDeclaration" || n.kind !== "const") return;
    for (const d of n.declarations as AstNode[]) {
      const id = d.id as AstNode;
      if (id.type === "Identifier" && isNode(d.init)) constants.set(id.name as string, d.init);
    }
  });

  /** The string an expression always has, or null when it cannot be told from the source. */
  const evaluate = (n: AstNode, depth = 0): string | null => {
    if (depth > 20) return null;
    switch (n.type) {
      case "StringLiteral":
        return n.value as string;
      case "TemplateLiteral": {
        // Its text parts ("quasis") and the expressions between them, in order.
        const cooked = (i: number) =>
          ((n.quasis as AstNode[])[i]?.value as { cooked?: string } | undefined)?.cooked ?? "";
        const expressions = n.expressions as AstNode[];
        let out = cooked(0);
        for (let i = 0; i < expressions.length; i++) {
          const part = evaluate(expressions[i] as AstNode, depth + 1);
          if (part === null) return null;
          out += part + cooked(i + 1);
        }
        return out;
      }
      case "BinaryExpression": {
        if (n.operator !== "+") return null;
        const left = evaluate(n.left as AstNode, depth + 1);
        const right = evaluate(n.right as AstNode, depth + 1);
        return left === null || right === null ? null : left + right;
      }
      case "Identifier": {
        const init = constants.get(n.name as string);
        return init === undefined ? null : evaluate(init, depth + 1);
      }
      case "TSAsExpression":
      case "TSSatisfiesExpression":
      case "ParenthesizedExpression":
        return evaluate(n.expression as AstNode, depth + 1);
      default:
        return null;
    }
  };

  const isRegexValued = (n: AstNode, depth = 0): boolean => {
    if (depth > 20) return false;
    if (n.type === "RegExpLiteral") return true;
    if (n.type === "NewExpression" || n.type === "CallExpression") {
      const callee = n.callee as AstNode;
      return callee.type === "Identifier" && callee.name === "RegExp";
    }
    const init = n.type === "Identifier" ? constants.get(n.name as string) : undefined;
    return init !== undefined && isRegexValued(init, depth + 1);
  };

  const found: FoundRegex[] = [];
  const unresolved: Unresolved[] = [];
  const line = (n: AstNode) => n.loc?.start.line ?? 0;
  const text = (n: AstNode) => code.slice(n.start ?? 0, n.end ?? 0).slice(0, 160);
  walk(ast, (n) => {
    if (n.type === "RegExpLiteral") {
      found.push({ source: n.pattern as string, flags: n.flags as string, line: line(n), how: "literal" });
      return;
    }
    if (n.type !== "NewExpression" && n.type !== "CallExpression") return;
    const callee = n.callee as AstNode;
    const args = n.arguments as AstNode[];
    if (callee.type === "Identifier" && callee.name === "RegExp") {
      const first = args[0];
      // new RegExp(/literal/, flags) copies a literal, which is checked as such.
      if (first?.type === "RegExpLiteral") return;
      const source = first === undefined ? "" : evaluate(first);
      const flags = args[1] === undefined ? "" : evaluate(args[1]);
      if (source === null || flags === null) unresolved.push({ line: line(n), code: text(n) });
      else found.push({ source, flags, line: line(n), how: "RegExp" });
      return;
    }
    const property = callee.type === "MemberExpression" ? (callee.property as AstNode) : null;
    const method = property?.type === "Identifier" ? (property.name as string) : null;
    if (method === null || !(method in STRING_METHODS) || args[0] === undefined) return;
    // A string argument becomes a regular expression and is checked; a regular expression written
    // elsewhere (a literal, a RegExp, a const bound to one, a table row's property) is checked
    // there; anything else (a parameter, a call's result) could be a string nobody checks.
    const source = evaluate(args[0]);
    if (source !== null)
      found.push({ source, flags: STRING_METHODS[method] as string, line: line(n), how: "string method" });
    else if (!isRegexValued(args[0]) && args[0].type !== "MemberExpression")
      unresolved.push({ line: line(n), code: text(n) });
  });
  return { found, unresolved };
}
