/**
 * Casework: administrative and criminal cases from intake to closing. Owns cases, parties,
 * materials and their files, compulsory measures, statutory deadlines and each case's timeline.
 * The allowed transitions are defined once, in {@link org.gongzheng.casework.CaseTransition}.
 */
@ApplicationModule(displayName = "Casework")
package org.gongzheng.casework;

import org.springframework.modulith.ApplicationModule;
