package org.gongzheng;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.organization.SignedInOfficer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Real page sessions signed in through the sign-in form, for tests of what happens to them later. */
public final class PageSessions {

	private PageSessions() {
	}

	/** A session the officer signed in to with the fixtures' password, as a browser would hold it. */
	public static MockHttpSession signIn(MockMvc mvc, SignedInOfficer officer) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(officer.getUsername()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}
}
