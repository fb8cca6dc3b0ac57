package org.gongzheng.casework.internal;

/** A file in the content-addressed store. */
public record StoredFile(String sha256, long sizeBytes, String contentType) {
}
