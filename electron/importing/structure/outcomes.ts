import type { OutcomeKind } from '../../../shared/domain';
import type { RawBlock } from '../blocks';
import type { ParsedItem } from './agenda-items';
import { capitaliseFirst, sentences, stripListMarker } from './text-shapes';

export interface ParsedOutcome {
  kind: OutcomeKind;
  text: string;
  blockIndex: number;
  quote: string;
  owner: string | null;
  dueHint: string | null;
  itemIndex: number | null;
}

const RESOLVED = /^(?:\d{1,3}[.)]\s*)?(?:it was )?(?:RESOLVED|Resolved)\b\s*[,:–-]?\s*(?:that\s+|to\s+)?/;
const RECOMMENDED = /^(?:\d{1,3}[.)]\s*)?(?:it was )?(?:RECOMMENDED|Recommended)\b\s*[,:–-]?\s*(?:that\s+|to\s+)?/;
const WORK_PROGRAMME =
  /\b(?:added|add|include[ds]?|placed|put) (?:it |this )?(?:on|to|in|into) the (?:\w+ )?work (?:programme|plan)\b/i;
const DUE =
  /\b(?:(?:at|by|for|to) the next meeting|next meeting|in the new year|annually|on an annual basis|(?:by|before|in|during) (?:the )?(?:end of )?(?:early |late )?(?:part of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|\d{4})(?: \d{4})?|within (?:\w+ )?(?:weeks?|months?)|as soon as possible)\b/i;
const ACTION =
  /^(?:\d{1,3}[.)]\s*)?((?:The )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4}) (?:agreed|offered|undertook|promised|committed) to (.+)$/;

/** Which kind of list a lead-in such as "The Board requested that:" opens, if any. */
function leadInKind(text: string): OutcomeKind | null {
  if (!/:\s*$/.test(text)) return null;
  if (RESOLVED.test(text)) return 'resolution';
  if (RECOMMENDED.test(text)) return 'recommendation';
  if (/\bto provide\b|\bprovide the following\b|\bfollowing information\b/i.test(text)) return 'information-request';
  if (/\b(?:requested|asked that|asked for|request that)\b/i.test(text)) return 'request';
  if (/\bit was agreed\b|\bagreed that\b|\bagreed the following\b/i.test(text)) return 'follow-up';
  return null;
}

/**
 * What the meeting decided or asked for: RESOLVED lines (one outcome per
 * numbered part), requests and information requests under their lead-in,
 * agreed follow-ups and actions someone took on, and recommendations.
 */
export function findOutcomes(blocks: RawBlock[], items: ParsedItem[]): ParsedOutcome[] {
  const outcomes: ParsedOutcome[] = [];
  const itemOf = (index: number) => {
    const found = items.findIndex((item) => index >= item.start && index < item.end);
    return found >= 0 ? found : null;
  };
  const presenterOf = (index: number) => {
    const item = itemOf(index);
    return item === null ? null : (items[item]?.presenters ?? null);
  };
  const add = (kind: OutcomeKind, text: string, index: number, quote: string, owner: string | null) => {
    const tidy = capitaliseFirst(text.trim());
    outcomes.push({
      kind:
        kind === 'resolution' || kind === 'follow-up' || kind === 'request'
          ? WORK_PROGRAMME.test(tidy)
            ? 'work-programme'
            : kind
          : kind,
      text: tidy,
      blockIndex: index,
      quote,
      owner,
      dueHint: DUE.exec(quote)?.[0] ?? null,
      itemIndex: itemOf(index),
    });
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as RawBlock;
    const listKind = leadInKind(block.text);
    if (listKind) {
      const owner = listKind === 'information-request' || listKind === 'request' ? presenterOf(i) : null;
      let j = i + 1;
      for (; j < blocks.length && blocks[j]?.kind === 'list-item'; j++) {
        const part = blocks[j] as RawBlock;
        add(
          listKind,
          stripListMarker(part.text),
          j,
          part.text,
          owner ?? (listKind === 'information-request' ? 'Officers' : null),
        );
      }
      if (j > i + 1) {
        i = j - 1;
        continue;
      }
    }
    const text = stripListMarker(block.text);
    if (RESOLVED.test(text) && !/:\s*$/.test(text)) {
      add('resolution', text.replace(RESOLVED, ''), i, block.text, null);
      continue;
    }
    if (RECOMMENDED.test(text) && !/:\s*$/.test(text)) {
      add('recommendation', text.replace(RECOMMENDED, ''), i, block.text, null);
      continue;
    }
    for (const sentence of sentences(text)) {
      const agreed = /^it was (?:also )?agreed that (.+)$/i.exec(sentence);
      if (agreed?.[1]) {
        add('follow-up', agreed[1], i, sentence, presenterOf(i));
        continue;
      }
      const action = ACTION.exec(sentence);
      if (action?.[1] && action[2] && !/^(?:It|This|They|He|She|We|Members)$/.test(action[1])) {
        add('action', `${action[1]} to ${action[2]}`, i, sentence, action[1].replace(/^The /, ''));
      }
    }
  }
  return outcomes;
}
