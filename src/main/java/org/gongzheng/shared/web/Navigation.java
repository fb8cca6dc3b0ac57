package org.gongzheng.shared.web;

import java.util.Comparator;
import java.util.List;
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
}
