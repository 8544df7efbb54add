import type { Indicator } from './report-schema';

/**
 * Party building is read apart from the budget and the economy, on the first screen, in the charts
 * and on the slides: the one place the split is made.
 */
export function isPartyIndicator(indicator: Indicator): boolean {
  return indicator.group === 'party';
}

export function economicIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((indicator) => !isPartyIndicator(indicator));
}

export function partyIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter(isPartyIndicator);
}
