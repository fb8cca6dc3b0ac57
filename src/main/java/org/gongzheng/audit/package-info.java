/**
 * Audit: the append-only, hash-chained log of every write, sign-in and opening of personal data or
 * case material, and its verification. No module depends on it; it listens for
 * {@link org.gongzheng.shared.AuditEvent}s and Spring Security's authentication events.
 */
@ApplicationModule(displayName = "Audit")
package org.gongzheng.audit;

import org.springframework.modulith.ApplicationModule;
