package com.onering.identity;

import com.pulumi.postgresql.DefaultPrivileges;
import com.pulumi.postgresql.DefaultPrivilegesArgs;
import com.pulumi.postgresql.Grant;
import com.pulumi.postgresql.GrantArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

/**
 * Grants and default privileges, applied one after another. The provider applies each as REVOKE then GRANT, and
 * PostgreSQL refuses two concurrent changes of one object's privileges ("tuple concurrently updated", XX000): the
 * first real recreate failed on it when the engine ran a database's grants in parallel.
 */
final class SerialGrants {
    private final CustomResourceOptions options;
    private Resource last;

    SerialGrants(CustomResourceOptions options) {
        this.options = options;
    }

    Grant grant(String name, GrantArgs args) {
        Grant grant = new Grant(name, args, afterLast());
        last = grant;
        return grant;
    }

    DefaultPrivileges defaultPrivileges(String name, DefaultPrivilegesArgs args) {
        DefaultPrivileges privileges = new DefaultPrivileges(name, args, afterLast());
        last = privileges;
        return privileges;
    }

    private CustomResourceOptions afterLast() {
        return last == null ? options : CustomResourceOptions.merge(options, CustomResourceOptions.builder().dependsOn(last).build());
    }
}
