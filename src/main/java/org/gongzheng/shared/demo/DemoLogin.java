package org.gongzheng.shared.demo;

/** A demo account worth naming at start-up; modules that seed demo data declare them as beans. */
public record DemoLogin(int order, String username, String description) {
}
