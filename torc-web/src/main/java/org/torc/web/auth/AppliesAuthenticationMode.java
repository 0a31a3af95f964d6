package org.torc.web.auth;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link AuthenticationModeInterceptor} to an authentication mechanism, so that the server's
 * mode (off, optional, required) decides what happens around its {@code validateRequest}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AppliesAuthenticationMode {}
