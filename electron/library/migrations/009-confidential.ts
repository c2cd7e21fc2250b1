/**
 * Confidential (exempt) papers and agenda items. The flags themselves came with
 * the domain; this records who set them, so that a member's own decision is never
 * overturned by a later import that finds exempt wording again.
 */
export const sql = /* sql */ `
ALTER TABLE document ADD COLUMN confidential_set_by TEXT CHECK (confidential_set_by IN ('import', 'member'));
ALTER TABLE agenda_item ADD COLUMN confidential_set_by TEXT CHECK (confidential_set_by IN ('import', 'member'));
CREATE INDEX agenda_item_confidential ON agenda_item(meeting_id) WHERE confidential = 1;
`;
