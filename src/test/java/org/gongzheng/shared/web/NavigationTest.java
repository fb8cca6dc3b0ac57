package org.gongzheng.shared.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

	private final Navigation navigation = new Navigation(List.of(
			new NavigationItem(50, "/documents", "nav.documents", Set.of(), "nav.group.law"),
			new NavigationItem(20, "/approvals", "nav.approvals", Set.of()),
			new NavigationItem(35, "/penalty-decisions", "nav.penalties", Set.of("OFFICER"), "nav.group.law"),
			new NavigationItem(60, "/supervision", "nav.supervision", Set.of("LEGAL"), "nav.group.supervision")));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void linksOfOneGroupShareADropDownPlacedWhereItsFirstLinkWouldBe() {
		signIn("ROLE_OFFICER");

		List<Navigation.Entry> menu = navigation.menu();

		assertThat(menu).extracting(Navigation.Entry::groupCode).containsExactly(null, "nav.group.law");
		assertThat(menu.get(1).links()).extracting(NavigationItem::path)
			.containsExactly("/penalty-decisions", "/documents");
	}

	@Test
	void aGroupWithOneVisibleLinkIsShownAsThatLink() {
		signIn("ROLE_LEGAL");

		List<Navigation.Entry> menu = navigation.menu();

		assertThat(menu).extracting(Navigation.Entry::groupCode).containsExactly(null, null, null);
		assertThat(menu).extracting(entry -> entry.link().path())
			.containsExactly("/approvals", "/documents", "/supervision");
	}

	@Test
	void nobodySignedInSeesNoModuleLinks() {
		assertThat(navigation.menu()).isEmpty();
	}

	private static void signIn(String... authorities) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("u", "p", authorities));
	}
}
