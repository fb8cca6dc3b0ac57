/**
 * Documents: legal document templates (penalty decisions in the simple and ordinary procedure,
 * acceptance receipt, non-filing notice, penalty pre-notice record, seizure decision), numbering
 * in the standard style, gap-free per issuing authority, series and year, and rendering as HTML
 * and as PDF with the Chinese text embedded. An issued document never changes; a correction is a
 * new document that references the one it corrects.
 */
@ApplicationModule(displayName = "Documents")
package org.gongzheng.document;

import org.springframework.modulith.ApplicationModule;
