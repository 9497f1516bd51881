package org.chirodesk.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.chirodesk.staff.Role;

/**
 * The roles that may call a service action. Checked on the server by {@link RoleCheck} before
 * the action runs, whatever page or request called it.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedFor {
    @Nonbinding
    Role[] value();
}
