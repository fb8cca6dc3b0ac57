package org.gongzheng.shared.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps a request body that is neither a form nor an upload (a JSON body, in practice) at the size
 * a form may have. Such a body is read whole into memory before any field is checked, so a body of
 * hundreds of megabytes cost the server that much memory per call before being refused for one
 * over-long field; the longest body the API takes (a record of 100,000 characters) is well under
 * the cap. Forms are capped by the container and uploads by the multipart resolver. A body that
 * states its length is refused before it is read; one sent in chunks when the cap is passed.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter implements Ordered {

	/** Beside the guard for unreadable parameters, before security reads anything. */
	private static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 101;

	private final FilterProblems problems;

	private final DataSize limit;

	RequestBodyLimit(FilterProblems problems,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
		this.problems = problems;
		this.limit = limit;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return MediaType.MULTIPART_FORM_DATA.isCompatibleWith(media)
					|| MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(media);
		}
		catch (IllegalArgumentException unparsable) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit.toBytes()) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new Limited(request, limit.toBytes()), response);
	}

	/** The problem for a body over the cap; the API's exception handler gives the same for one sent in chunks. */
	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, TooLarge.CODE, FilterProblems.shown(limit));
	}

	/** Thrown while a body is read past the cap; whoever was reading it fails with this as the cause. */
	static final class TooLarge extends IOException {

		static final String CODE = "error.body.tooLarge";

		private final String limit;

		TooLarge(String limit) {
			super("Request body over " + limit);
			this.limit = limit;
		}

		String limit() {
			return limit;
		}
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counted(super.getInputStream(), limit);
			}
			return stream;
		}

		/** Read through the counted stream too, so a reader of text cannot pass the cap either. */
		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			try {
				return new BufferedReader(new InputStreamReader(getInputStream(),
						encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
			}
			catch (IllegalArgumentException unknown) {
				// As the container answers an encoding it does not know.
				throw new UnsupportedEncodingException(encoding);
			}
		}
	}

	private static final class Counted extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		Counted(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > limit) {
				throw new TooLarge(FilterProblems.shown(DataSize.ofBytes(limit)));
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}
	}
}
