package org.gongzheng.shared.web;

import java.util.Set;

/**
 * A link a module adds to the main navigation, shown to users holding any of {@code roles}
 * (role names without the ROLE_ prefix; empty means everyone signed in). Links naming the same
 * {@code groupCode} (a message key) share one drop-down menu, so the bar stays on one line as
 * modules are added; a null group is a link of its own.
 */
public record NavigationItem(int order, String path, String labelCode, Set<String> roles, String groupCode) {

	public NavigationItem(int order, String path, String labelCode, Set<String> roles) {
		this(order, path, labelCode, roles, null);
	}
}
