package org.chirodesk.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.Optional;

/** Refuses a service action to a caller without one of its {@link AllowedFor} roles. */
@AllowedFor({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // before @Transactional opens a transaction
public class RoleCheck {

    @Inject
    private SecurityContext security;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        var allowed = Optional.ofNullable(invocation.getMethod().getAnnotation(AllowedFor.class))
                .orElseGet(() -> invocation.getMethod().getDeclaringClass().getAnnotation(AllowedFor.class));
        if (Arrays.stream(allowed.value()).noneMatch(role -> security.isCallerInRole(role.name()))) {
            throw new AccessDenied();
        }
        return invocation.proceed();
    }
}
