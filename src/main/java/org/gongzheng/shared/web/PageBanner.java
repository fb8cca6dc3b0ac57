package org.gongzheng.shared.web;

import java.util.List;

/**
 * A notice a module wants at the top of every page for the signed-in user, such as a yellow-card
 * warning on their unit. Implementations answer quickly (one indexed query) and in the user's language.
 */
public interface PageBanner {

	List<String> messages();
}
