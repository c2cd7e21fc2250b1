import type { OutcomeKind } from '../../../shared/domain';

/**
 * What an outcome's own words say about its kind, whatever keyword opened it:
 * a resolution "to recommend to Council" is a recommendation; a request for a
 * report or a copy is an information request; "be added to the work programme"
 * is an addition to it. The first rule that fits wins; each has its example
 * (tests/unit/outcome-rules.test.ts).
 */
export interface KindRule {
  shape: string;
  example: string;
  from: OutcomeKind[];
  pattern: RegExp;
  kind: OutcomeKind;
}

export const KIND_RULES: KindRule[] = [
  {
    shape: 'a planning response worded as a recommendation',
    example: 'The Parish Council again recommended the refusal of planning permission as the site is cramped.',
    from: ['recommendation'],
    // Not a recommendation to approve something else: "The Committee recommended approval of the budget to Council".
    pattern:
      /\brecommend(?:s|ed)?\s+(?:the\s+)?(?:refusal|approval)(?:\s+of\s+(?:the\s+)?(?:planning\s+)?(?:permission|application)\b|\s*(?:[.,;]|$)|\s+(?:as|because|on|due)\b)/i,
    kind: 'resolution',
  },
  {
    shape: 'a recommendation to another body',
    example: 'That it be recommended to Council that the fees be frozen.',
    from: ['resolution', 'follow-up'],
    pattern:
      /\brecommend(?:s|ed)?\b(?: [\w ]{0,20})? to (?:the )?(?:full )?(?:Council|Cabinet|Executive|Mayor|Leader|Cabinet Member|Board)\b|^RECOMMEND\b|\b(?:agreed|resolved|decided) to recommend\b(?! (?:approval|refusal|permission)\b)|\breferred to (?:the )?(?:full )?(?:Council|Cabinet|Executive) for (?:approval|adoption|decision)\b/i,
    kind: 'recommendation',
  },
  {
    shape: 'asking the Mayor, Cabinet or Executive to act: a recommendation to them',
    example: 'Asked that the Mayor defer the decision until the reviews were known.',
    from: ['resolution', 'request'],
    pattern:
      /^(?:asked|asks|requested|requests|urged|urges)(?: that)? (?:the )?(?:Mayor|Cabinet|Executive|Leader|Cabinet Member|Portfolio Holder)\b/i,
    kind: 'recommendation',
  },
  {
    shape: 'an addition to the work programme or a future agenda',
    example: 'That scoping reports on both topics be brought to a future meeting.',
    from: ['resolution', 'follow-up', 'request', 'action'],
    pattern:
      /\b(?:add|added|adding|addition|include|included|inclusion|placed|put|scheduled|updated|removed)\b[^.;]{0,100}\b(?:work ?programmes?|work plans?|forward plans?)\b|\b(?:work ?programmes?|work plans?|forward plans?)\b[^.;]{0,60}\b(?:be (?:updated|amended)|with the addition|to include|subject to the addition)\b|\b(?:added|brought|placed|put|included|scheduled) (?:back )?(?:as an|on|to|in|onto) (?:a |the )?(?:(?:next|future|forthcoming) )?(?:agenda|meeting)\b|\bas an agenda item\b|\battend (?:a|the) (?:future|next|forthcoming) meeting\b|\binvited?\b[^.;]{0,80}\bto (?:a |the )?(?:future|next|forthcoming) meetings?\b/i,
    kind: 'work-programme',
  },
  {
    shape: 'a resolution to receive a further report',
    example: 'THAT the Committee receive a further report on the overspend.',
    from: ['resolution'],
    pattern:
      /\b(?:receives?|be provided with|be given) an? (?:further|progress|update|follow-up|more detailed) (?:report|update|briefing)\b/i,
    kind: 'information-request',
  },
  {
    shape: 'a resolution that asks for a report',
    example: 'Requests a report on enforcement within two cycles.',
    from: ['resolution'],
    pattern:
      /^(?:requests?|requested|asks? for|asked for|calls? for) an? (?:(?:further|progress|update|full|detailed|written) )?(?:report|briefing|briefing note|breakdown)\b/i,
    kind: 'information-request',
  },
  {
    shape: 'someone named to report or send information, in the subjunctive',
    example: 'That the Director of Housing report to Cabinet in February on the costs of warden cover.',
    from: ['resolution'],
    pattern:
      /^(?:that\s+)?(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&|the)\s+)*){0,5}(?!(?:The|This|That|These|Those|A|An|Its|Their|Each|Any|All|Our)\s)[A-Z][\w&'’-]*\s+(?:report|provide|circulate|submit|share|send)\b(?! (?:be|is|was|of|and|are|were|has|had)\b)/,
    kind: 'information-request',
  },
  {
    shape: 'someone named to act, in the subjunctive',
    example: 'That the Leader write to the Chair of the Select Committee to thank it for its work.',
    from: ['resolution'],
    pattern:
      /^(?:that\s+)?(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&|the)\s+)*){0,5}(?!(?:The|This|That|These|Those|A|An|Its|Their|Each|Any|All|Our)\s)[A-Z][\w&'’-]*\s+(?:write|arrange|investigate|contact|liaise|ensure|raise|respond|reply|meet|seek|consult|explore|monitor|pursue)\b(?! (?:be|is|was)\b)/,
    kind: 'action',
  },
  {
    shape: 'something to be put on an agenda, whatever the keyword',
    example: 'Proposed works to the war memorial – To be Agendered',
    from: ['resolution', 'follow-up', 'action'],
    pattern: /\b[Tt]o be [Aa]gend(?:aed|ered|arised|ised)\b/,
    kind: 'work-programme',
  },
  {
    shape: 'agreeing the body’s view of an application or proposal: a decision, not a follow-up',
    example: 'The Council had no objection to the plans.',
    from: ['follow-up'],
    pattern:
      /^(?:the )?(?:parish |town |community )?(?:council|committee|board|panel|members)\b[^.;]{0,30}\b(?:had|has|raised) no (?:objections?|comments?|observations?)\b|^(?:the )?(?:parish |town |community )?(?:council|committee|board|panel|members)\b[^.;]{0,30}\b(?:supports?|supported|objects?|objected) (?:to )?(?:the|this)\b/i,
    kind: 'resolution',
  },
  {
    shape: 'the body itself to object to, support or comment on an application: a decision, not an action',
    example: 'The Council to object to the application on the following grounds:',
    from: ['action'],
    pattern:
      /^(?:the )?(?:parish |town |community )?(?:council|committee) to (?:object|support|raise no objection|make no comment|recommend (?:approval|refusal))\b/i,
    kind: 'resolution',
  },
  {
    shape: 'agreeing to appoint, elect or co-opt someone: a decision, not a follow-up',
    example: 'Appoint Ann Gallacher as Treasurer.',
    from: ['follow-up'],
    // Also in the subjunctive: "Councillor Fir be appointed Vice-Chair."
    pattern:
      /^(?:to )?(?:appoint|re-appoint|elect|re-elect|co-opt)\b[^.;]{2,80}?\b(?:as|to (?:the|be))\b|^(?:Councill?or|Cllr\.?|Mr|Mrs|Ms|Miss|Dr) [^.;]{2,60}? be (?:appointed|re-appointed|elected|re-elected|co-opted)\b/i,
    kind: 'resolution',
  },
  {
    shape: 'members who asked for something to be sent to them: an information request',
    example: 'Members requested the letter be circulated to them by email.',
    from: ['request'],
    pattern:
      /^(?:The )?(?:Members|Councillors) (?:asked|requested)\b[^.;]{2,80}?\bbe (?:circulated|sent|provided|forwarded|shared|emailed|made available) to (?:them|all members|members|councillors|the (?:committee|panel|board|commission))\b/i,
    kind: 'information-request',
  },
  {
    shape: 'members to be given information, in the subjunctive: an information request',
    example: 'Members of the Panel be provided with the cost of the new road.',
    from: ['resolution'],
    pattern:
      /^(?:that\s+)?(?:all\s+)?(?:the\s+)?(?:Members|Councillors|the (?:Committee|Panel|Board|Group|Commission))(?: of the (?:[A-Z][\w&'’-]*\s?){1,4})? be (?:provided|sent|supplied|given|circulated|emailed) (?:with )?(?:a|an|the|details|information|figures|copies)\b/i,
    kind: 'information-request',
  },
  {
    shape: 'officers to provide information',
    example: 'Officers to provide the breakdown of costs by ward.',
    // Also asked in the past tense for information: "Officers were requested to provide Members with information on …".
    from: ['action'],
    pattern:
      /^(?:the )?officers? to (?:provide|circulate|share|send)\b|^(?:the )?officers? (?:were|was) (?:requested|asked) to (?:provide|circulate|share|send)\b(?=[^.;]{0,60}\b(?:information|details|figures|breakdown|data|statistics|update|briefing)\b)/i,
    kind: 'information-request',
  },
];

export function refineKind(kind: OutcomeKind, text: string): OutcomeKind {
  return KIND_RULES.find((rule) => rule.from.includes(kind) && rule.pattern.test(text))?.kind ?? kind;
}
