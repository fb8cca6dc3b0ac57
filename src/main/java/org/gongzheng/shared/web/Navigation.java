package org.gongzheng.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The module links of the main navigation that the signed-in user may follow. */
@Component("navigation")
public class Navigation {

	private final List<NavigationItem> items;

	public Navigation(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	public List<NavigationItem> items() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return List.of();
		}
		Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).collect(Collectors.toSet());
		return items.stream().filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(roles::contains)).toList();
	}

	/**
	 * The visible links as menu entries in order: a group appears where its first link would,
	 * and a group left with a single visible link is shown as that link.
	 */
	public List<Entry> menu() {
		Map<String, List<NavigationItem>> groups = new LinkedHashMap<>();
		for (NavigationItem item : items()) {
			String key = item.groupCode() == null ? "link:" + item.path() : item.groupCode();
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
		}
		return groups.values().stream()
			.map(links -> links.size() == 1 ? new Entry(null, links) : new Entry(links.get(0).groupCode(), links))
			.toList();
	}

	/** One place on the bar: a plain link when {@code groupCode} is null, else a drop-down. */
	public record Entry(String groupCode, List<NavigationItem> links) {

		public NavigationItem link() {
			return links.get(0);
		}
	}
}
