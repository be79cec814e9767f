/**
 * The problems of portfolio calls beyond invalid options, by code, with their messages. No
 * message contains an input value.
 *
 * @example
 * ```ts
 * PORTFOLIO_ISSUE_MESSAGES['portfolio/settings-differ'].en;
 * ```
 * @category Portfolio
 */
export const PORTFOLIO_ISSUE_MESSAGES = {
  'portfolio/not-a-summary': {
    nl: 'Dit is geen portefeuilleoverzicht of werklijst van deze versie.',
    en: 'This is not a portfolio summary or work list of this version.',
  },
  'portfolio/settings-differ': {
    nl: 'De overzichten zijn met andere instellingen gemaakt (peildatum, venster, groepering of regelopties) en kunnen niet worden samengevoegd.',
    en: 'The summaries were made with different settings (as-of date, window, grouping or rule options) and cannot be merged.',
  },
  'portfolio/unknown-cell': {
    nl: 'Deze cel bestaat niet in een portefeuilleoverzicht.',
    en: 'This cell does not exist in a portfolio summary.',
  },
} as const;

/**
 * The code of a portfolio problem: a closed union derived from {@link PORTFOLIO_ISSUE_MESSAGES}.
 *
 * @example
 * ```ts
 * const code: PortfolioIssueCode = 'portfolio/unknown-cell';
 * ```
 * @category Portfolio
 */
export type PortfolioIssueCode = keyof typeof PORTFOLIO_ISSUE_MESSAGES;
