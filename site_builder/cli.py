"""Command line: `trainer build | serve [--class] | verify | new | dist`
(also `python -m site_builder`)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .build import ROOT, BuildError, build_site
from .content import load_course
from .packages import PackageError
from .source import ContentError


def _print_problems(error: ContentError) -> None:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(
        f"{count} problem{'s' if count != 1 else ''} in content; nothing was built.",
        file=sys.stderr,
    )


def cmd_build(args: argparse.Namespace) -> int:
    try:
        result = build_site(args.content, args.site, lang=args.lang)
    except ContentError as error:
        _print_problems(error)
        return 1
    except BuildError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    tasks = len(result.course.tasks)
    print(f"built {tasks} tasks into {result.site} in {result.seconds:.1f} s")
    return 0


def _live_builder(args: argparse.Namespace):
    from .live import LiveBuilder

    def build() -> list[str]:
        try:
            build_site(args.content, args.site, lang=args.lang)
        except ContentError as error:
            return [str(problem) for problem in error.problems]
        except BuildError as error:
            return [f"build failed: {error}"]
        return []

    folders = [args.content, ROOT / "web", ROOT / "checker", Path(__file__).parent]
    return LiveBuilder([f for f in folders if f.is_dir()], build)


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import lan_addresses, make_server

    if args.classroom:
        if args.watch:
            print("--class and --watch cannot be combined", file=sys.stderr)
            return 2
        return cmd_class(args)
    args.host = args.host or "127.0.0.1"
    first_build = cmd_build(args) if not args.no_build else 0
    if first_build != 0 and not (args.watch and args.site.joinpath("index.html").is_file()):
        return 1
    live = None
    if args.watch:
        from .live import make_live_handler

        live = _live_builder(args)
        server = make_server(args.site, args.host, args.port, handler=make_live_handler(live))
        live.start()
        print("watching content/, web/ and checker/: saved changes rebuild the site")
    else:
        server = make_server(args.site, args.host, args.port)
    server.verbose = args.verbose
    port = server.server_address[1]
    print(f"serving {args.site} at http://127.0.0.1:{port}/ (Ctrl+C to stop)")
    if args.host in ("0.0.0.0", ""):
        for address in lan_addresses():
            print(f"  students on this network open: http://{address}:{port}/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print()
    finally:
        if live is not None:
            live.stop()
        server.server_close()
    return 0


def cmd_class(args: argparse.Namespace) -> int:
    """`trainer serve --class`: the site for learners on the LAN, and the teacher's page."""
    from . import classroom

    if not args.no_build and cmd_build(args) != 0:
        return 1
    try:
        host = args.host or "0.0.0.0"
        server = classroom.make_class_server(args.site, host, args.port, args.data)
    except classroom.NotASite as error:
        print(f"{error}: build it first (`trainer build`)", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"cannot serve on port {args.port}: {error}", file=sys.stderr)
        return 1
    server.verbose = args.verbose
    print(classroom.banner(server), flush=True)
    classroom.serve(server)
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from .scaffold import ScaffoldError, new_task

    try:
        path = new_task(args.content, args.module, args.id)
    except ScaffoldError as error:
        print(f"cannot create the task: {error}", file=sys.stderr)
        return 1
    print(f"created {path} and listed '{args.id}' last in {args.module}/module.yaml")
    print("edit it, then check it with `make verify` and look at it with `make serve`")
    return 0


def cmd_dist(args: argparse.Namespace) -> int:
    from .dist import make_dist

    if not args.no_build and cmd_build(args) != 0:
        return 1
    try:
        target = make_dist(args.site, args.output)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    size = target.stat().st_size / 1_000_000
    print(f"wrote {target} ({size:.0f} MB): unzip anywhere, then `python3 classroom.py` in it")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .verify import PyodideUnavailable, format_table, verify_course, verify_in_pyodide

    try:
        course = load_course(args.content)
    except ContentError as error:
        _print_problems(error)
        return 1
    try:
        reports = verify_course(course, jobs=args.jobs, mutants=args.mutants)
        if args.pyodide:
            verify_in_pyodide(course, reports, ROOT)
    except PyodideUnavailable as error:
        print(f"cannot verify in Pyodide: {error}", file=sys.stderr)
        return 1
    except PackageError as error:
        print(f"cannot prepare the tasks' libraries: {error}", file=sys.stderr)
        return 1
    print(format_table(reports, course.tasks, strict=args.strict))
    failed = any(not r.ok or (args.strict and r.survived) for r in reports)
    return 1 if failed else 0


def cmd_engine(args: argparse.Namespace) -> int:
    """Prebuild the engine into site_builder/engine/ for the wheel (engine developers)."""
    from .engine import ENGINE_DIR, make_engine

    try:
        engine = make_engine(args.output or ENGINE_DIR)
    except BuildError as error:
        print(f"cannot make the engine: {error}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in engine.folder.rglob("*") if p.is_file()) / 1e6
    print(
        f"engine in {engine.folder} ({size:.0f} MB): Pyodide {engine.pyodide_version}, "
        f"checker {engine.checker_version}"
    )
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="trainer", description=__doc__)
    main.add_argument("-v", "--verbose", action="store_true", help="log each request / step")
    sub = main.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--content", type=Path, default=ROOT / "content", help="course folder")
        p.add_argument("--site", type=Path, default=ROOT / "site", help="output folder")
        p.add_argument("--lang", default="ru", choices=("ru", "en"), help="language of the UI")

    build = sub.add_parser("build", help="validate content and build the static site")
    common(build)
    build.set_defaults(func=cmd_build)

    serve = sub.add_parser("serve", help="build, then serve the site over HTTP")
    common(serve)
    serve.add_argument(
        "--host",
        default=None,
        help="0.0.0.0 to serve a classroom LAN (default 127.0.0.1; with --class 0.0.0.0)",
    )
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--no-build", action="store_true", help="serve the existing site as is")
    serve.add_argument(
        "--watch", action="store_true", help="rebuild on every saved change (for authors)"
    )
    serve.add_argument(
        "--class",
        dest="classroom",
        action="store_true",
        help="serve a class on the LAN: learners' results go to the teacher's page "
        "(docs/classroom.md)",
    )
    serve.add_argument(
        "--data",
        type=Path,
        default=None,
        help="with --class: the class folder (database, teacher token); "
        "default ~/.python-trainer-class",
    )
    serve.set_defaults(func=cmd_serve)

    verify = sub.add_parser("verify", help="run every task's solutions through the checker")
    common(verify)
    verify.add_argument("--jobs", type=int, default=None, help="parallel processes")
    verify.add_argument(
        "--no-pyodide",
        dest="pyodide",
        action="store_false",
        help="skip re-running the reference solutions in Pyodide (the browser's Python)",
    )
    verify.add_argument(
        "--mutants",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="plant small bugs in each reference solution and report those the tests miss",
    )
    verify.add_argument(
        "--strict", action="store_true", help="fail when a task's tests let a mutant pass"
    )
    verify.set_defaults(func=cmd_verify)

    new = sub.add_parser("new", help="create a task file from the template in a module")
    new.add_argument("module", help="module folder, e.g. basics")
    new.add_argument("id", help="the new task's id, e.g. sum-of-three")
    new.add_argument("--content", type=Path, default=ROOT / "content", help="course folder")
    new.set_defaults(func=cmd_new)

    dist = sub.add_parser("dist", help="build, then zip the site for copying to a classroom")
    common(dist)
    dist.add_argument("--output", type=Path, default=ROOT / "dist" / "python-trainer.zip")
    dist.add_argument("--no-build", action="store_true", help="zip the existing site as is")
    dist.set_defaults(func=cmd_dist)

    engine = sub.add_parser(
        "engine",
        help="(engine developers) prebuild the browser bundle and Pyodide into the package",
    )
    engine.add_argument("--output", type=Path, default=None, help="default site_builder/engine")
    engine.set_defaults(func=cmd_engine)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s"
    )
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
