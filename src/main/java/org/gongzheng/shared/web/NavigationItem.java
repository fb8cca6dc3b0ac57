package org.gongzheng.shared.web;

import java.util.Set;

/**
 * A link a module adds to the main navigation, shown to users holding any of {@code roles}
 * (role names without the ROLE_ prefix; empty means everyone signed in).
 */
public record NavigationItem(int order, String path, String labelCode, Set<String> roles) {
}
