"""Lists the upstream images a plan needs and the stand-in that builds each: one `image<TAB>stand-in dir` per line.

The images are those the plan pulls (RemoteImage without a build) and those its derived images build FROM (build
stages excepted). A stand-in names the repository it stands in for in the first line of its Dockerfile
("# Stand-in for <repository> ..."). Exits 1 naming every image that has no stand-in.
"""
import json
import pathlib
import re
import sys


def normalized(repository: str) -> str:
    """docker.io/library/x for x, docker.io/a/b for a/b: the form stand-ins name."""
    parts = repository.split("/")
    if len(parts) == 1:
        parts = ["library"] + parts
    if "." not in parts[0] and ":" not in parts[0] and parts[0] != "localhost":
        parts = ["docker.io"] + parts
    return "/".join(parts)


def from_lines(dockerfile: pathlib.Path) -> list[str]:
    images, stages = [], set()
    for match in re.finditer(r"(?im)^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", dockerfile.read_text()):
        image, stage = match.group(1), match.group(2)
        if image not in stages:
            images.append(image)
        if stage:
            stages.add(stage)
    return images


def main(plan_file: str, project: str) -> int:
    plan = json.loads(pathlib.Path(plan_file).read_text())
    needed = []
    for resource in plan["resources"]:
        if resource["type"] != "docker:index/remoteImage:RemoteImage":
            continue
        build = resource["inputs"].get("build")
        if build:
            context = pathlib.Path(project) / build["context"]
            needed += from_lines(context / build.get("dockerfile", "Dockerfile"))
        else:
            needed.append(resource["inputs"]["name"])
    stand_ins = {}
    for dockerfile in sorted(pathlib.Path(__file__).parent.glob("*/Dockerfile")):
        first = dockerfile.read_text().splitlines()[0]
        match = re.match(r"# Stand-in for (\S+)", first)
        if match:
            stand_ins[match.group(1)] = dockerfile.parent.name
    missing = []
    for image in dict.fromkeys(needed):
        repository = image.rsplit(":", 1)[0]
        stand_in = stand_ins.get(normalized(repository))
        if stand_in:
            print(f"{image}\t{stand_in}")
        else:
            missing.append(image)
    for image in missing:
        print(f"no stand-in for {image}: add tests/e2e/stand-ins/<name>/Dockerfile naming it", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
