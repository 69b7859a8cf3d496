"""Builds the precis Python package: build_ext runs the project's CMake for the `_precis`
target (-DPRECIS_BUILD_PYTHON=ON) and copies the module into the package.

Environment:
  PRECIS_CMAKE_BUILD_DIR  reuse this existing CMake build folder (scripts/test.sh points it at
                          its Release build, so only the module is compiled); default: a fresh
                          Release build in build-cmake/.
  PRECIS_BUILD_JOBS       parallel compile jobs (default: the number of cores).
"""

import glob
import os
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = os.path.dirname(os.path.abspath(__file__))


def project_version():
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        match = re.search(r"project\(precis VERSION ([0-9.]+)", f.read())
    return match.group(1) if match else "0"


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = os.environ.get("PRECIS_CMAKE_BUILD_DIR")
        # The real interpreter behind a virtual environment, so a reused build folder configured
        # for /usr/bin/python3 is not reconfigured.
        python = os.path.realpath(sys.executable)
        args = ["-DPRECIS_BUILD_PYTHON=ON", "-DPython_EXECUTABLE=" + python]
        if build_dir:
            build_dir = os.path.abspath(build_dir)
        else:
            build_dir = os.path.join(ROOT, "build-cmake")
            args += [
                "-DCMAKE_BUILD_TYPE=Release",
                "-DPRECIS_BUILD_TESTS=OFF",
                "-DPRECIS_BUILD_BENCH=OFF",
            ]
            if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")) and shutil.which("ninja"):
                args += ["-G", "Ninja"]
            if shutil.which("ccache"):
                args.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
        jobs = os.environ.get("PRECIS_BUILD_JOBS") or str(os.cpu_count() or 1)
        subprocess.check_call(["cmake", "-S", ROOT, "-B", build_dir] + args)
        subprocess.check_call(["cmake", "--build", build_dir, "--target", "_precis", "-j", jobs])
        built = glob.glob(os.path.join(build_dir, "python", "precis", "_precis*.so"))
        if not built:
            raise RuntimeError("the CMake build did not produce python/precis/_precis*.so in " + build_dir)
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(max(built, key=os.path.getmtime), target)


setup(
    version=project_version(),
    package_dir={"": "python"},
    packages=["precis"],
    package_data={"precis": ["py.typed", "*.pyi"]},
    ext_modules=[CMakeExtension("precis._precis")],
    cmdclass={"build_ext": CMakeBuild},
    options={"build": {"build_base": "build-python"}},
    zip_safe=False,
)
