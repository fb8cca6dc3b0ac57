package org.gongzheng.organization.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A failed sign-in shows the form again with the account number still filled in, so only the
 * password is typed again. The number travels in the session's flash map, not in the address.
 */
class SignInFailed extends SimpleUrlAuthenticationFailureHandler {

	/** Longer than any police number; what is longer was not one and is not shown again. */
	private static final int LONGEST_ACCOUNT = 64;

	/** Stateless: it keeps flash maps in the session it is handed. */
	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	SignInFailed() {
		super(SignInAgain.LOGIN + "?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank()) {
			showAgain(request, response, username, new FlashMap());
		}
		super.onAuthenticationFailure(request, response, exception);
	}

	/** Hands the sign-in page the account number typed (and whatever else {@code shown} holds) once. */
	static void showAgain(HttpServletRequest request, HttpServletResponse response, String username, FlashMap shown) {
		if (username.length() <= LONGEST_ACCOUNT) {
			shown.put("username", username.strip());
		}
		shown.setTargetRequestPath(SignInAgain.LOGIN);
		FLASH.saveOutputFlashMap(shown, request, response);
	}
}
