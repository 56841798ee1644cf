// Video transcripts as paragraphs. YAML block text wraps long lines, so a single line break is
// only a wrapped line; a blank line ends a paragraph. A line that starts with a timestamp
// ("1:30", "[01:02:03]") or a speaker ("Maya:") starts a new paragraph, as in caption exports.

const NEW_TURN = /^(\[?\d{1,2}:\d{2}(:\d{2})?\]?\s|\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,2}:\s)/u;

export function transcriptParagraphs(transcript: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const raw of transcript.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') flush();
    else {
      if (NEW_TURN.test(line)) flush();
      current.push(line);
    }
  }
  flush();
  return paragraphs;
}
