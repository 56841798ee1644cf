// Video transcripts: wrapped YAML lines are one paragraph; blank lines, timestamps and speakers start new ones.
import { describe, expect, it } from 'vitest';
import { transcriptParagraphs } from '../../src/lib/transcript.ts';

describe('transcriptParagraphs', () => {
  it('joins lines that YAML wrapped into one sentence', () => {
    const text = 'Now test. Open a\nprivate window, choose Sign in with SSO,\nand you should land in your workspace.\n';
    expect(transcriptParagraphs(text)).toEqual(['Now test. Open a private window, choose Sign in with SSO, and you should land in your workspace.']);
  });
  it('starts a new paragraph after a blank line', () => {
    expect(transcriptParagraphs('First part\ngoes on.\n\n  Second part.\n')).toEqual(['First part goes on.', 'Second part.']);
  });
  it('keeps caption-style lines with timestamps or speakers apart', () => {
    expect(transcriptParagraphs('0:00 Welcome to the tour.\n0:15 Open Settings\nand then Security.')).toEqual(['0:00 Welcome to the tour.', '0:15 Open Settings and then Security.']);
    expect(transcriptParagraphs('Maya: Shall we start?\nLeo: Yes, open the\ndashboard.')).toEqual(['Maya: Shall we start?', 'Leo: Yes, open the dashboard.']);
  });
});

describe('transcriptParagraphs with colons in prose', () => {
  it('does not take a sentence with a colon for a speaker', () => {
    expect(transcriptParagraphs('The steps are\nsimple, in short: copy and paste.')).toEqual(['The steps are simple, in short: copy and paste.']);
  });
});
