package org.gongzheng.shared.demo;

/**
 * Whether modules seed their demo data into an empty database. On by default with the embedded
 * database, off with a configured one unless {@code gongzheng.demo.enabled=true}.
 */
public record DemoMode(boolean enabled) {
}
