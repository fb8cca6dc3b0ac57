/**
 * Traffic: on-site (simple procedure) penalty decisions by traffic officers, checked against the
 * procedure rules and the discretion standard before the numbered decision document is issued,
 * and the penalty points they record against the driver's 12-month scoring cycle.
 */
@ApplicationModule(displayName = "Traffic")
package org.gongzheng.traffic;

import org.springframework.modulith.ApplicationModule;
