import type { MisbehaviourRule } from './types';

/** The misbehaviours a test has asked for, used up in order as matching requests arrive. */
export class RuleBook {
  private rules: { rule: MisbehaviourRule; left: number }[] = [];

  add(rule: MisbehaviourRule): void {
    const left = rule.times ?? (rule.mode === 'server-error-once' ? 1 : Number.POSITIVE_INFINITY);
    this.rules.push({ rule, left });
  }

  clear(): void {
    this.rules = [];
  }

  /** The rule this request meets, if any, counting it as used once. */
  take(raw: string, decoded: string): MisbehaviourRule | null {
    for (const entry of this.rules) {
      if (entry.left <= 0) continue;
      const { match } = entry.rule;
      match.lastIndex = 0;
      const hit = match.test(raw) || ((match.lastIndex = 0), match.test(decoded));
      if (!hit) continue;
      entry.left -= 1;
      this.rules = this.rules.filter((e) => e.left > 0);
      return entry.rule;
    }
    return null;
  }
}
