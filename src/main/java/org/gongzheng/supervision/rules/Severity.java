package org.gongzheng.supervision.rules;

/** How serious what a rule finds is. */
public enum Severity {
	LOW, MEDIUM, HIGH
}
