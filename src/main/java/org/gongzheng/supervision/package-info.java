/**
 * Supervision: watches the whole handling process and follows what it finds to the end. Owns the
 * supervision rules (named policies whose thresholds are data), the alerts they raise and the
 * rectifications that answer them, case-quality evaluation, monthly rankings, the sanctions they
 * lead to (suspended approval rights, yellow cards) and fault accountability. Nothing depends on
 * this module: it reads the other modules' tables in set-based SQL and listens to their events.
 */
@ApplicationModule(displayName = "Supervision")
package org.gongzheng.supervision;

import org.springframework.modulith.ApplicationModule;
