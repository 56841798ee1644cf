// Fenced and inline code as the passes that rewrite other tools' syntax follow it (export-syntax.ts,
// readme-blocks.ts, legacy-mdx.ts): nothing inside ``` or ~~~, or between backticks, is rewritten.

const CODE_FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Follows fenced code line by line: `inCode` says whether a line is a fence or inside one, where
 * nothing is rewritten; `end` ends the code inside a block that ended.
 */
export function codeFences() {
  let fence: string | undefined;
  return {
    inCode(line: string): boolean {
      if (fence === undefined) return (fence = CODE_FENCE.exec(line)?.[1]) !== undefined;
      // The code ends on a line of at least as many of the same backticks or tildes.
      if (new RegExp(`^[ \\t]*${fence[0]}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
      return true;
    },
    end() {
      fence = undefined;
    },
  };
}

const INLINE_CODE = /(`+)[\s\S]*?\1/g;

/** `line` with `rewrite` applied to what is not inline code. */
export function outsideInlineCode(line: string, rewrite: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(INLINE_CODE)) {
    out += rewrite(line.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + rewrite(line.slice(last));
}
