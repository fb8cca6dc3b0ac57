package org.gongzheng.organization.internal;

import java.time.Instant;

/** Signing in to an account is paused from one address until a time, after repeated wrong passwords. */
public record PausedSignIn(String address, Instant until) {
}
