package com.onering.platform;

import com.pulumi.resources.Resource;
import java.util.List;

/**
 * Resources that attach to deployed components: service databases, identity, post-deploy hooks. The program tells
 * each attachment when a component is deployed; an attachment may in turn hold back other components' workloads
 * until its resources exist.
 */
public interface Attachment {

    /** Called once per component, in dependency order, after its workloads are declared. */
    void onDeployed(DeployedComponent deployed);

    /** Resources the workloads of {@code component} must wait for; asked before the component is declared. */
    default List<Resource> prerequisitesOf(String component) {
        return List.of();
    }
}
