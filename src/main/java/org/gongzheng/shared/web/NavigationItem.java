package org.gongzheng.shared.web;

import java.util.Set;

/**
 * A link a module adds to the main navigation, shown to users holding any of {@code roles}
 * (role names without the ROLE_ prefix; empty means everyone signed in). Links naming the same
 * {@code groupCode} (a message key) share one drop-down menu, so the bar stays on one line as
 * modules are added; a null group is a link of its own. A link with a {@code countPath} shows a
 * badge the page fetches from there after it loads (what waits for the user, say), so the count
 * never slows the page down.
 */
public record NavigationItem(int order, String path, String labelCode, Set<String> roles, String groupCode,
		String countPath) {

	public NavigationItem(int order, String path, String labelCode, Set<String> roles, String groupCode) {
		this(order, path, labelCode, roles, groupCode, null);
	}

	public NavigationItem(int order, String path, String labelCode, Set<String> roles) {
		this(order, path, labelCode, roles, null, null);
	}

	/** This link with a badge fetched from {@code countPath}. */
	public NavigationItem counting(String countPath) {
		return new NavigationItem(order, path, labelCode, roles, groupCode, countPath);
	}
}
