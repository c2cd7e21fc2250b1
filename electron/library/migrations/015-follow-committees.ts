/** Committees the member follows in the library itself (a council website's follows live in site_committee). */
export const sql = /* sql */ `
ALTER TABLE committee ADD COLUMN followed INTEGER NOT NULL DEFAULT 0 CHECK (followed IN (0, 1));
`;
