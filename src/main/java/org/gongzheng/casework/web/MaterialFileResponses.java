package org.gongzheng.casework.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.gongzheng.casework.internal.Material;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.organization.SignedInOfficer;

/**
 * A material's file for the page and the API alike, whole or the parts a player asks for: Spring
 * MVC answers a {@code Range} with 206 for a file resource. Only a request from the start opens the
 * material; a video being sought, or a PDF viewer fetching its pages, reads on. A HEAD request
 * learns the file's size and type but reads none of it, so it opens nothing either.
 */
final class MaterialFileResponses {

	private MaterialFileResponses() {
	}

	static ResponseEntity<Resource> serve(Materials materials, long caseId, long materialId, HttpMethod method,
			String range, SignedInOfficer officer) {
		boolean fromTheStart = range == null || range.strip().startsWith("bytes=0-");
		Material material = materials.continueReading(caseId, materialId, officer);
		Resource file = materials.file(material);
		if (fromTheStart && method != HttpMethod.HEAD) {
			// Opened only once there is a file to serve: a 404 (a record without a file, a file lost
			// from the store) showed the reader nothing and must not count as having read it.
			materials.opened(material, officer);
		}
		if (range != null && !satisfiable(range, file)) {
			// Spring MVC would set 416 but still send the whole file after it.
			return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
				.header(HttpHeaders.CONTENT_RANGE, "bytes */" + material.getSizeBytes())
				.build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(material.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(material.getFileName() == null ? material.getFileSha256() : material.getFileName(),
						StandardCharsets.UTF_8)
				.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file);
	}

	private static boolean satisfiable(String range, Resource file) {
		try {
			HttpRange.toResourceRegions(HttpRange.parseRanges(range), file);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
