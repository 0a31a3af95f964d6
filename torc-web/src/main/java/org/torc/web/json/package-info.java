/**
 * JSON binding: one Jackson mapper for every resource, registered as a JAX-RS provider so the
 * behaviour is the same under Jersey (Payara) and RESTEasy (WildFly).
 */
package org.torc.web.json;
