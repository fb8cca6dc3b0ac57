package org.gongzheng.organization.internal;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gongzheng.organization.Role;

/** Opens an account for an officer. */
public record AccountCommand(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9._-]{3,32}", message = "{account.username.format}") String username,
		@NotBlank(message = "{validation.required}") @Size(min = 8, max = 64, message = "{account.password.size}") String password,
		@NotEmpty(message = "{account.roles.required}") Set<Role> roles) {
}
